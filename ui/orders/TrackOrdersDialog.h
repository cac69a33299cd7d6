#pragma once
#include <QDialog>
#include <QStringList>

class QPlainTextEdit;

namespace portdesk::ui {

// "Track existing": the agent pastes order IDs created elsewhere, to fetch and track from now on.
class TrackOrdersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TrackOrdersDialog(QWidget *parent = nullptr);
    // The IDs pasted: one per line, or separated by spaces, commas or semicolons.
    QStringList orderIds() const;

private:
    QPlainTextEdit *m_edit;
};

} // namespace portdesk::ui
