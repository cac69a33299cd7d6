#include "PendingImportOffer.h"

#include "bulk/BulkImport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace portdesk::ui {

PendingImportOffer::PendingImportOffer(QWidget *parent) : QObject(parent), m_parent(parent) {}

QString PendingImportOffer::unsentText(const PendingBatch &batch)
{
    // In the Orders view's context, where the catalogues (Spanish, French, the English plurals)
    // already translate this sentence.
    return QCoreApplication::translate("portdesk::ui::OrdersView", "%n row(s) of %1 were not sent.", nullptr,
                                       batch.pendingCount())
        .arg(QFileInfo(batch.sourcePath).fileName());
}

bool PendingImportOffer::offerOnce(const QString &storePath)
{
    if (m_offered)
        return false;
    m_offered = true;
    const PendingBatch batch = BulkImport::pendingBatch(storePath);
    if (batch.isEmpty())
        return false;
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Unsent import"), unsentText(batch), QMessageBox::NoButton, m_parent);
    box->setInformativeText(tr("Resume sends them with the PINs read again from the file. Later keeps them: the "
                               "Orders view offers them (Resume or Discard) until then."));
    QPushButton *resume = box->addButton(tr("Res&ume"), QMessageBox::AcceptRole);
    box->addButton(tr("&Later"), QMessageBox::RejectRole);
    box->setDefaultButton(resume);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, resume](QAbstractButton *clicked) {
        if (clicked == resume)
            emit resumeRequested();
    });
    box->open();
    return true;
}

PendingImportOffer::Choice PendingImportOffer::askBeforeReplacing(const PendingBatch &batch, QWidget *parent)
{
    QMessageBox box(QMessageBox::Question, tr("Unsent rows"), unsentText(batch), QMessageBox::NoButton, parent);
    box.setInformativeText(tr("Resume them now, or forget them and import another file."));
    QPushButton *resume = box.addButton(tr("Res&ume"), QMessageBox::AcceptRole);
    QPushButton *forget = box.addButton(tr("&Forget them and import"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(resume);
    box.exec();
    if (box.clickedButton() == resume)
        return Choice::Resume;
    return box.clickedButton() == forget ? Choice::Forget : Choice::Keep;
}

} // namespace portdesk::ui
