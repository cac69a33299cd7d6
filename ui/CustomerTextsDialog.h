#pragma once
#include <QDialog>
#include <QMap>
#include <QPointer>

#include "domain/validation/FieldIssue.h"
#include "messaging/TextTrigger.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace portdesk {
class GetNumberDetails;
class OrderRegistry;
class TelegentClient;
} // namespace portdesk

namespace portdesk::ui {

class FieldFeedback;

// The texts the team sends its customers (issue 20): the number they come From (accepted only
// once Telegent reports it messaging-enabled and Active), the brand, and the words per language
// and moment, checked as typed (length, GSM-7 or UCS-2, no placeholder but the three, nothing
// like a PIN). Kept in the order registry's meta: on a team database, for every desk.
class CustomerTextsDialog : public QDialog
{
    Q_OBJECT
public:
    // client: where "Check number" asks; null: the number cannot be checked (nor changed).
    CustomerTextsDialog(OrderRegistry *registry, TelegentClient *client, QWidget *parent = nullptr);
    ~CustomerTextsDialog() override;

    // Saves and closes; false (the dialog stays, the reason shown) when something may not be saved.
    bool save();
    // Sample facts a preview is rendered with: the last four digits shown in the preview.
    static constexpr const char *kSampleLast4 = "0199";

private:
    struct Key
    {
        QString language;
        TextTrigger trigger;
        bool operator<(const Key &o) const
        {
            return language != o.language ? language < o.language : int(trigger) < int(o.trigger);
        }
    };

    Key currentKey() const;
    void showTemplate();         // the chosen language and trigger's text into the editor
    void onTemplateEdited();     // keeps the text and refreshes what is said about it
    void refreshTemplateLines(); // length, problem, preview
    void onFromEdited();
    void checkNumber();
    void onNumberChecked(GetNumberDetails *op);
    // What the From field says now (invalid, refused, accepted, to be checked).
    void showFromState();
    // The From as typed, in E.164; empty when it cannot be read (or is empty).
    QString typedFrom() const;
    bool fromMaySave() const;
    // "English, Port completed: <problem>" for the first template that may not be saved.
    QString firstTemplateProblem() const;
    void refreshSave();

    OrderRegistry *m_registry;
    TelegentClient *m_client;
    QLineEdit *m_from;
    QPushButton *m_check;
    FieldFeedback *m_fromFeedback;
    QLineEdit *m_brand;
    QComboBox *m_language;
    QComboBox *m_trigger;
    QPlainTextEdit *m_text;
    QLabel *m_length;
    FieldFeedback *m_textFeedback;
    QLabel *m_preview;
    QPushButton *m_restore;
    QLabel *m_error;
    QPushButton *m_save;

    QMap<Key, QString> m_saved;  // as the registry holds them (or the defaults)
    QMap<Key, QString> m_edited; // as the dialog holds them now
    bool m_showing = false;      // the editor is being filled, not typed in
    QString m_savedFrom;         // E.164 as stored
    QString m_acceptedFrom;      // E.164 Telegent accepted (the stored one counts as accepted)
    QString m_savedBrand;
    QString m_checkedFrom;   // E.164 of the last answer
    FieldIssue m_checkIssue; // what that answer says against it (refused, or not checked)
    QPointer<GetNumberDetails> m_op;
};

} // namespace portdesk::ui
