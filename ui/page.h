#pragma once

#include <QWidget>

#include <initializer_list>

class QKeyEvent;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

// What the pages of the window have in common: a column of comfortable reading width, centred in
// a wide window and using all of a narrow one, with a title on top; scrolling when the window is
// smaller than the page. The keys work the same on every page: Enter does the page's main action
// (submit()), Esc stops what the page waits for (cancel()), and Tab and Shift+Tab go round the
// page's controls in the order of tabOrder(), whatever was rebuilt or shown since. The window
// only talks to a page through the virtuals below, whichever page it is.
class Page : public QWidget
{
    Q_OBJECT
public:
    Page(const QString &title, QWidget *parent = nullptr);

    // The window is about to switch to this page from another one: starts afresh or brings the
    // page up to date where binding to the controller's signals is not enough.
    virtual void aboutToShow() { }
    // Puts the keyboard focus where the person most likely continues in the current state; by
    // default on the widget given to setFocusWidget(), else on the first control of tabOrder().
    virtual void takeFocus();
    // The title on top of the page.
    void setTitle(const QString &title);
    QString title() const;
    // The height the page needs, at this width, to show all of itself without scrolling.
    int fittingHeight(int width) const;
    // Esc: stops what the page waits for. False when there is nothing to stop here (the key then
    // goes on to the window).
    virtual bool cancel() { return false; }

Q_SIGNALS:
    // What the page shows grew or shrank (a message, a panel or buttons came or went).
    void contentResized();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Enter, unless a focused button or list takes it first: the page's main action. A held Enter
    // acts once (it must not, say, sign in again the moment the first attempt fails).
    virtual void submit() { }
    void keyPressEvent(QKeyEvent *event) override;
    void setFocusWidget(QWidget *widget) { m_focusWidget = widget; }
    // The page's controls in the order Tab visits them; hidden and disabled ones are skipped when
    // Tab is pressed, so the list may hold every control the page can show. By default every
    // widget below the column that takes the focus with Tab, in the order they were made (a
    // row's widgets, and buttons made again later, such as the sign-in services, come in their
    // place among the rows).
    virtual QList<QWidget *> tabOrder() const;
    // Tab and Shift+Tab from anywhere on the page: the next or previous shown, enabled control of
    // tabOrder(), round and round. Asked of the page for any widget on it, so that no rebuilt
    // widget list and no hidden widget can leave a control out of the cycle or trap the focus.
    bool focusNextPrevChild(bool next) override;
    // Whether w is a control Tab stops at now: shown on the page, enabled and taking the focus
    // with Tab.
    bool isTabStop(const QWidget *w) const;

    // Where the page puts its rows, below the title; content stays at the top.
    QWidget *column() const { return m_column; }
    void addRow(QWidget *widget);
    void addRow(QLayout *layout);
    // A label above its field, with a mnemonic that focuses the field.
    void addLabelledRow(const QString &label, QWidget *field, QWidget *buddy = nullptr);
    void addSpacing(); // half a line, between groups
    // Moves a row added with addRow() to just below the row that holds widget (a field of a
    // labelled row, say).
    void moveRowBelow(QWidget *row, QWidget *widget);
    // A paragraph that the page fills in as the state changes: wrapped plain text (it names
    // servers and people). A screen reader reads its text: it has no accessible name, only an
    // object name (for tests).
    QLabel *addTextRow(const QString &objectName);
    // A button that Enter presses when it has the focus.
    QPushButton *makeButton(const QString &text, const QString &accessibleName,
                            const QString &toolTip = QString());
    // The buttons at the bottom of the page, half a line below the rest: `leading` on the left,
    // `trailing` on the right.
    void addButtonRow(std::initializer_list<QWidget *> leading,
                      std::initializer_list<QWidget *> trailing);
    // A progress bar that only says "busy": the server tells nothing of its progress.
    QProgressBar *makeBusyBar(const QString &accessibleName, QWidget *parent);
    // A hidden row for "busy": a line saying what the page waits for above a busy bar.
    QWidget *addProgressRow(QLabel *label, const QString &barName);

private:
    QScrollArea *m_scrollArea;
    QWidget *m_content;
    QWidget *m_column;
    QVBoxLayout *m_layout;
    QLabel *m_title;
    QWidget *m_focusWidget = nullptr;
};
