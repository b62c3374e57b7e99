#pragma once

#include <QMainWindow>

class DdpConnection;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The main window. For now it connects to a server and shows the state of the DDP connection;
// the sign-in pages grow from here.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(DdpConnection *connection, QWidget *parent = nullptr);

    // Fills the server field and connects.
    void connectTo(const QString &serverAddress, bool allowInsecure);

private:
    void connectToTypedServer();
    void updateStatus();

    DdpConnection *m_connection;
    QLineEdit *m_serverField;
    QCheckBox *m_allowInsecure;
    QPushButton *m_connectButton;
    QLabel *m_status;
    QString m_problem;
};
