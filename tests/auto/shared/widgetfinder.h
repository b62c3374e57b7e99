#pragma once

// Finding widgets the way a screen reader or keyboard user does: by accessible name (every
// control of the window has one, and the tests of the window check that), the controls a person
// can reach, and the message box that has the keyboard. Pages of a QStackedWidget may share names
// (each has its own account list), hence the choice of which widget wins. Text labels have no
// accessible name (a screen reader reads their text, tst_accessibletext checks it): findLabel()
// finds them by object name.

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QObject>
#include <QProgressBar>
#include <QString>
#include <QTest>
#include <QWidget>

enum class FindVisible {
    Any, // the first one with the name, shown or not
    First, // the first shown one, else the first hidden one
    Only, // the first shown one, else none
};

// The widget of type T below root (at any depth) named name, or nullptr.
template<typename T>
T *findByAccessibleName(const QObject *root, const QString &name,
                        FindVisible visible = FindVisible::Any)
{
    T *hidden = nullptr;
    const auto widgets = root->findChildren<T *>();
    for (T *widget : widgets) {
        if (widget->accessibleName() != name)
            continue;
        if (visible == FindVisible::Any || widget->isVisible())
            return widget;
        if (visible == FindVisible::First && !hidden)
            hidden = widget;
    }
    return hidden;
}

// The text label below root named name: a QLabel with that object name ("signInProgress",
// "displayName"), or the text of a status message (StatusMessage: a widget with that accessible
// name holding a label "statusText", as "Sign-in problem"). nullptr when there is none.
inline QLabel *findLabel(const QObject *root, const QString &name,
                         FindVisible visible = FindVisible::Any)
{
    QLabel *hidden = nullptr;
    const auto labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        const QWidget *parent = label->parentWidget();
        const bool named = label->objectName() == name
            || (label->objectName() == QLatin1String("statusText") && parent
                && parent->accessibleName() == name);
        if (!named)
            continue;
        if (visible == FindVisible::Any || label->isVisible())
            return label;
        if (visible == FindVisible::First && !hidden)
            hidden = label;
    }
    return hidden;
}

// Whether a person works w (and so must hear a name for it): buttons, fields, progress bars and
// whatever takes the focus with Tab. Not a text label, even a selectable one: a screen reader
// reads its text, which an accessible name would replace.
inline bool isControl(const QWidget *w)
{
    if (qobject_cast<const QLabel *>(w))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QProgressBar *>(w) || (w->focusPolicy() & Qt::TabFocus);
}

// The message box of window once it is up and has the keyboard (waiting up to timeoutMs), else
// nullptr.
inline QMessageBox *messageBoxWithFocus(const QWidget *window, int timeoutMs = 5000)
{
    QMessageBox *box = nullptr;
    const bool up = QTest::qWaitFor(
        [&] {
            box = window->findChild<QMessageBox *>();
            return box && box->isVisible() && box->isActiveWindow()
                && box->isAncestorOf(QApplication::focusWidget());
        },
        timeoutMs);
    return up ? box : nullptr;
}
