#pragma once

#include <QWidget>

class QLabel;

// One line (or a wrapped paragraph) of feedback with an icon from the style: the server check
// status under the server field, and the error areas of the pages. Hidden while empty. Errors are
// announced to screen readers as alerts.
class StatusMessage : public QWidget
{
    Q_OBJECT
public:
    enum class Tone { Neutral, Success, Warning, Error };
    Q_ENUM(Tone)

    // accessibleName names the text for assistive technology and for tests ("Sign-in problem").
    explicit StatusMessage(const QString &accessibleName, QWidget *parent = nullptr);

    void showMessage(Tone tone, const QString &text);
    void clear();

    QString text() const;
    Tone tone() const { return m_tone; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    QLabel *m_icon;
    QLabel *m_text;
    Tone m_tone = Tone::Neutral;
};
