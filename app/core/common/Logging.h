#pragma once
#include <QLoggingCategory>

// One category per module, so a support engineer can turn on exactly the part they need
// (QT_LOGGING_RULES="portdesk.api.debug=true"). Nothing logged here may contain a secret.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcToken)
Q_DECLARE_LOGGING_CATEGORY(lcScheduler)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)
Q_DECLARE_LOGGING_CATEGORY(lcApp)
