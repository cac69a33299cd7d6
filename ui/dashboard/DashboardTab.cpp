#include "DashboardTab.h"
#include "DashboardView.h"

#include "AppContext.h"
#include "registry/OrderRegistry.h"

#include <QLabel>
#include <QLayout>
#include <QTabWidget>

namespace portdesk::ui {

DashboardTab::DashboardTab(AppContext *context, QTabWidget *tabs, QWidget *page)
    : QObject(page), m_context(context), m_tabs(tabs), m_page(page)
{
    connect(tabs, &QTabWidget::currentChanged, this, &DashboardTab::ensureView);
    connect(context, &AppContext::modeChanged, this, [this] {
        // Another registry (training <-> live): the figures of the old one must not stay, nor its
        // pointer be read after the switch deletes it.
        if (m_shownRegistry == m_context->registry())
            return;
        delete m_view;
        delete m_error;
        m_shownRegistry = nullptr;
        ensureView();
    });
}

void DashboardTab::ensureView()
{
    if (m_view || m_error || m_tabs->currentWidget() != m_page || m_context->mode() == AppContext::Mode::Starting)
        return;
    m_shownRegistry = m_context->registry();
    if (!m_context->registry()->isOpen()) {
        m_error = new QLabel(tr("The order registry could not be opened, so there are no figures to show: %1")
                                 .arg(m_context->registryError()),
                             m_page);
        m_error->setWordWrap(true);
        m_error->setTextFormat(Qt::PlainText);
        m_page->layout()->addWidget(m_error);
        return;
    }
    m_view = new DashboardView(m_context->registry(), m_context->clock(), m_page);
    m_page->layout()->addWidget(m_view);
    m_view->show();
}

} // namespace portdesk::ui
