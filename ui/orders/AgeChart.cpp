#include "AgeChart.h"

#include "common/Modules.h"

#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>

namespace portdesk::ui {

AgeChart *addAgeChart(QWidget *host)
{
    auto *layout = new QVBoxLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    QString error;
    const auto *factory = qobject_cast<AgeChartFactory *>(modules::load(QStringLiteral("charts"), &error));
    if (factory) {
        AgeChart *chart = factory->createAgeChart(host);
        layout->addWidget(chart->widget());
        return chart;
    }
    auto *missing = new QLabel(QCoreApplication::translate("AgeChart", "The chart of open ports by age is not "
                                                                       "available. %1")
                                   .arg(error),
                               host);
    missing->setWordWrap(true);
    missing->setTextInteractionFlags(Qt::TextSelectableByMouse); // to copy into a support ticket
    layout->addWidget(missing);
    return nullptr;
}

} // namespace portdesk::ui
