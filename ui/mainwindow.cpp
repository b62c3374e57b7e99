#include "mainwindow.h"

#include "ddpconnection.h"
#include "serveraddress.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

MainWindow::MainWindow(DdpConnection *connection, QWidget *parent)
    : QMainWindow(parent), m_connection(connection)
{
    setWindowTitle(tr("Liftoff"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *form = new QFormLayout;

    m_serverField = new QLineEdit(central);
    m_serverField->setPlaceholderText(tr("chat.example.com"));
    m_serverField->setAccessibleName(tr("Server address"));
    m_serverField->setClearButtonEnabled(true);
    form->addRow(tr("&Server:"), m_serverField);

    m_allowInsecure = new QCheckBox(tr("Allow an &unencrypted connection"), central);
    m_allowInsecure->setAccessibleName(tr("Allow an unencrypted connection"));
    form->addRow(QString(), m_allowInsecure);
    layout->addLayout(form);

    m_connectButton = new QPushButton(tr("&Connect"), central);
    m_connectButton->setAccessibleName(tr("Connect to the server"));
    m_connectButton->setDefault(true);
    layout->addWidget(m_connectButton, 0, Qt::AlignRight);

    m_status = new QLabel(central);
    m_status->setAccessibleName(tr("Connection status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    layout->addStretch();
    setCentralWidget(central);
    resize(440, 240);

    connect(m_connectButton, &QPushButton::clicked, this, &MainWindow::connectToTypedServer);
    connect(m_serverField, &QLineEdit::returnPressed, this, &MainWindow::connectToTypedServer);
    connect(m_connection, &DdpConnection::stateChanged, this, &MainWindow::updateStatus);
    connect(m_connection, &DdpConnection::reconnectScheduled, this, &MainWindow::updateStatus);
    updateStatus();
}

void MainWindow::connectTo(const QString &serverAddress, bool allowInsecure)
{
    m_serverField->setText(serverAddress);
    m_allowInsecure->setChecked(allowInsecure);
    connectToTypedServer();
}

void MainWindow::connectToTypedServer()
{
    const ServerAddress address
        = ServerAddress::parse(m_serverField->text(), m_allowInsecure->isChecked());
    if (!address.isValid()) {
        m_problem = address.errorMessage();
        m_connection->close();
        updateStatus();
        return;
    }
    m_problem.clear();
    m_serverField->setText(address.displayString());
    m_connection->open(address);
}

void MainWindow::updateStatus()
{
    QString text;
    if (!m_problem.isEmpty()) {
        text = m_problem;
    } else {
        switch (m_connection->state()) {
        case DdpConnection::State::Disconnected:
            text = tr("Type the address of your Rocket.Chat server.");
            break;
        case DdpConnection::State::Connecting:
            text = tr("Connecting to %1…").arg(m_connection->address().displayString());
            break;
        case DdpConnection::State::Connected:
            text = tr("Connected to %1.").arg(m_connection->address().displayString());
            break;
        case DdpConnection::State::WaitingToReconnect:
            text = tr("%1 Trying again shortly.").arg(m_connection->lastError().userMessage());
            break;
        case DdpConnection::State::Failed:
            text = m_connection->lastError().userMessage();
            break;
        }
    }
    m_status->setText(text);
}
