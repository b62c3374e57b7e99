// liftoff-bench-barewindow: the baselines for start-up time and memory. A Qt Widgets program that
// shows one window and waits, nothing else:
//
//   (default)  an empty window
//   --form     a bare sign-in form with the kinds of widgets Liftoff's sign-in page has: a heading,
//              labels, three line edits (one in password mode) and two buttons, in plain layouts
//
// --size WIDTHxHEIGHT gives it the size of the window it is compared with (the backing store grows
// with the area).

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>
#include <QWidget>

namespace {
void addForm(QWidget *window)
{
    auto *layout = new QVBoxLayout(window);
    auto *heading = new QLabel(QStringLiteral("Sign in to Rocket.Chat"), window);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);
    auto *subtitle = new QLabel(
        QStringLiteral("Use the account you have on your organization's Rocket.Chat server."),
        window);
    subtitle->setWordWrap(true);
    layout->addWidget(subtitle);

    auto *fields = new QFormLayout;
    auto *server = new QLineEdit(window);
    server->setPlaceholderText(QStringLiteral("chat.example.com"));
    fields->addRow(QStringLiteral("&Server:"), server);
    fields->addRow(QStringLiteral("&Username or e-mail address:"), new QLineEdit(window));
    auto *password = new QLineEdit(window);
    password->setEchoMode(QLineEdit::Password);
    fields->addRow(QStringLiteral("&Password:"), password);
    layout->addLayout(fields);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(new QPushButton(QStringLiteral("Cancel"), window));
    auto *signIn = new QPushButton(QStringLiteral("Sign in"), window);
    signIn->setDefault(true);
    buttons->addWidget(signIn);
    layout->addLayout(buttons);
    layout->addStretch(1);
    server->setFocus();
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    const QStringList arguments = QApplication::arguments();
    if (arguments.contains(QStringLiteral("--form")))
        addForm(&window);
    const qsizetype size = arguments.indexOf(QStringLiteral("--size"));
    if (size > 0 && size + 1 < arguments.size()) {
        const QStringList parts = arguments.at(size + 1).split(QLatin1Char('x'));
        if (parts.size() == 2)
            window.resize(parts.at(0).toInt(), parts.at(1).toInt());
    }
    window.show();
    return app.exec();
}
