#pragma once
#include <QColor>
#include <QMap>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace portdesk {
class Clock;
class OrderRegistry;
class OrderTimelineModel;
} // namespace portdesk

namespace portdesk::ui {

class FieldFeedback;

// Beside the Orders table: the selected order's story. Its facts (number, status with
// Telegent's message and what to do, due date, requested port date, agent, authorization...),
// its timeline, and a field to add a note. Follows the registry live. The actions on the order
// (refresh, update, cancel, copy) belong to the view around it.
class OrderDetailPane : public QWidget
{
    Q_OBJECT
public:
    OrderDetailPane(OrderRegistry *registry, Clock *clock, const QString &who, QWidget *parent = nullptr);

    void setOrder(const QString &orderId);
    void showNothing();
    void showSelectionCount(int count); // several rows selected: no single story to tell
    QString orderId() const { return m_orderId; }

    enum class Fact
    {
        Number,
        Subscriber,
        Carrier,
        Status,
        Submitted,
        DueDate,
        RequestedPortDate,
        Agent,
        LastChecked,
        Authorization,
        Texts,
    };
    // The fact's shown text (tests, and the view's Copy).
    QString factText(Fact fact) const;
    // What the note field says about the last note tried; empty when nothing is wrong.
    QString noteFeedback() const;

protected:
    // A theme switched to dark (or back): the status and overdue colours are chosen again.
    void changeEvent(QEvent *event) override;

private:
    void addFact(Fact fact, const QString &caption);
    void setFact(Fact fact, const QString &value, const QColor &colour = {});
    void showFacts();
    void addNote();
    void follow(const QStringList &orderIds);

    OrderRegistry *m_registry;
    Clock *m_clock;
    QString m_who;
    QString m_orderId;
    OrderTimelineModel *m_timeline;
    QStackedWidget *m_pages;
    QLabel *m_placeholder;
    QMap<Fact, QLabel *> m_facts;
    QMap<Fact, QString> m_captions;
    QTableView *m_timelineView;
    QLineEdit *m_noteEdit;
    QPushButton *m_addNote;
    FieldFeedback *m_noteFeedback;
};

} // namespace portdesk::ui
