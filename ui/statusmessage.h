#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

// One line (or a wrapped paragraph) of feedback with an icon from the style: the server check
// status under the server field, and the error areas of the pages. Hidden while empty. Errors are
// announced to screen readers as alerts. Busy shows a small busy bar instead of an icon, for
// "trying now…" lines. A reserved text keeps the row as tall as that text would make it, so that
// the page does not jump when a longer message follows a shorter one.
class StatusMessage : public QWidget
{
    Q_OBJECT
public:
    enum class Tone { Neutral, Success, Warning, Error, Busy };
    Q_ENUM(Tone)

    // accessibleName names the message for assistive technology and for tests ("Sign-in
    // problem"); the text itself is read as it is shown.
    explicit StatusMessage(const QString &accessibleName, QWidget *parent = nullptr);

    void showMessage(Tone tone, const QString &text);
    void clear();
    // The row is at least as tall as `text` would make it (also while cleared: it then keeps its
    // space, blank). Empty: no reservation.
    void setReservedText(const QString &text);
    QString reservedText() const;

    QString text() const;
    Tone tone() const { return m_tone; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    QLabel *m_icon;
    QProgressBar *m_busy;
    QLabel *m_text;
    // Never shown: holds the reserved text's height in the text's cell.
    QLabel *m_reserve;
    Tone m_tone = Tone::Neutral;
};
