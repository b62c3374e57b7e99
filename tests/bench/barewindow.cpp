// liftoff-bench-barewindow: the baseline for start-up time and memory. A Qt Widgets program that
// shows one empty window and waits, nothing else; --size WIDTHxHEIGHT gives it the size of the
// window it is compared with (the backing store grows with the area).

#include <QApplication>
#include <QStringList>
#include <QWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    const QStringList arguments = QApplication::arguments();
    const qsizetype size = arguments.indexOf(QStringLiteral("--size"));
    if (size > 0 && size + 1 < arguments.size()) {
        const QStringList parts = arguments.at(size + 1).split(QLatin1Char('x'));
        if (parts.size() == 2)
            window.resize(parts.at(0).toInt(), parts.at(1).toInt());
    }
    window.show();
    return app.exec();
}
