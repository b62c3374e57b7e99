#pragma once

// Finding widgets the way a screen reader or keyboard user does: by accessible name (every
// control of the window has one, and the tests of the window check that), the controls a person
// can reach, and the message box that has the keyboard. Pages of a QStackedWidget may share names
// (each has its own account list), hence the choice of which widget wins.

#include <QAbstractButton>
#include <QApplication>
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

// Whether a person works w (and so must hear a name for it): buttons, fields, progress bars and
// whatever takes the focus with Tab.
inline bool isControl(const QWidget *w)
{
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
