#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;
class SignInController;

// Below the password form: "Or sign in with" and one button per browser sign-in service the
// server offers (its label and icon, its colour as an accent), kept up to date while the page is
// open. Hidden when there are none (the widget itself stays, empty, so that it follows the page's
// visibility). A button starts the sign-in in the browser. The buttons are quieter than Sign in
// (the page's default button): the palette's text on the palette's button colour, readable in
// light and dark palettes, with a visible focus ring and disabled state.
class ServiceButtons : public QWidget
{
    Q_OBJECT
public:
    explicit ServiceButtons(SignInController *controller, QWidget *parent = nullptr);

    int count() const { return int(m_buttons.size()); }

protected:
    void changeEvent(QEvent *event) override;
    // The list is kept live (subscribed) only while the sign-in page shows it.
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void rebuild();
    void updateEnabled();
    void restyle();

    SignInController *m_controller;
    QLabel *m_heading;
    QVBoxLayout *m_layout;
    QHash<QString, QPushButton *> m_buttons;
};
