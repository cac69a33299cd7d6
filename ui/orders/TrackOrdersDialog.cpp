#include "TrackOrdersDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace portdesk::ui {

TrackOrdersDialog::TrackOrdersDialog(QWidget *parent) : QDialog(parent), m_edit(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Track existing orders"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Paste one or more order IDs created elsewhere (one per line, or separated by "
                                "spaces or commas). They are fetched from Telegent and tracked from now on."),
                             this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_edit->setAccessibleName(tr("Order IDs"));
    label->setBuddy(m_edit);
    layout->addWidget(m_edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Track"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QStringList TrackOrdersDialog::orderIds() const
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return m_edit->toPlainText().split(separators, Qt::SkipEmptyParts);
}

} // namespace portdesk::ui
