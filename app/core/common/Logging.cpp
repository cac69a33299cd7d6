#include "Logging.h"

Q_LOGGING_CATEGORY(lcApi, "portdesk.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcToken, "portdesk.token", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScheduler, "portdesk.scheduler", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "portdesk.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCredentials, "portdesk.credentials", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "portdesk.app", QtInfoMsg)
