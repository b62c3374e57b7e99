#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

// A password line edit with a "show password" toggle next to it. The toggle is a real button in
// the tab order, so the keyboard reaches it too (an action inside the line edit would not be).
class PasswordField : public QWidget
{
    Q_OBJECT
public:
    explicit PasswordField(QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *revealButton() const { return m_reveal; }

    QString text() const;
    // Empties the field and its undo history, and hides the password again.
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateRevealButton();

    QLineEdit *m_edit;
    QToolButton *m_reveal;
};
