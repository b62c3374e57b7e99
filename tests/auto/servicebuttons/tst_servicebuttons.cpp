// The browser sign-in buttons are readable whatever colour a server gives them: the text of
// every button has a contrast of at least 4.5:1 (WCAG 2 AA) with the background it is painted
// on, in a light and a dark palette, enabled, pressed and disabled; the keyboard focus shows as a
// ring that differs clearly (3:1) from the unfocused button; and Sign in stays the default
// button. Measured on what the buttons paint: each button is rendered with and without its
// text, the pixels that differ are the text, and the text colour is the one its palette (which a
// style sheet sets) gives the style to draw with, checked against the darkest or lightest ink
// found there.

#include "../shared/darkpalette.h"
#include "../shared/memorytokenstore.h"
#include "auth/signincontroller.h"
#include "auth/signincontroller_p.h"
#include "devserver.h"
#include "ui/mainwindow.h"
#include "ui/servicebuttons.h"
#include "ui/signinpage.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

constexpr double TextContrast = 4.5; // WCAG 2, 1.4.3 (AA), normal text
constexpr double FocusContrast = 3.0; // WCAG 2.2, 2.4.13: focused against unfocused

double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &colour)
{
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A built-in OAuth provider as a server publishes it, in the given colours (empty: none).
QJsonObject provider(const QString &name, const QString &buttonColor, const QString &labelColor)
{
    QJsonObject document { { QStringLiteral("_id"), name + QStringLiteral("-id") },
                           { QStringLiteral("service"), name },
                           { QStringLiteral("clientId"), QStringLiteral("liftoff-test") } };
    if (!buttonColor.isEmpty())
        document.insert(QStringLiteral("buttonColor"), buttonColor);
    if (!labelColor.isEmpty())
        document.insert(QStringLiteral("buttonLabelColor"), labelColor);
    return document;
}

QImage render(QPushButton *button)
{
    return button->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

// More than one colour: a frame, a background and a label, not a flat rectangle.
bool paintsSomething(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) != image.pixel(0, 0))
                return true;
    return false;
}

// What a button's text looks like against what is behind it.
struct TextMeasure
{
    double ratio = 0; // the lowest contrast of the text colour with a background pixel under it
    double inkRatio = 0; // the highest contrast of a painted text pixel with its background
    QColor text;
    QColor background; // the background pixel of the lowest contrast
    int pixels = 0; // how many pixels the text changes
};

TextMeasure measureText(QPushButton *button)
{
    TextMeasure measure;
    const QImage withText = render(button);
    const QString text = button->text();
    button->setText(QString());
    const QImage withoutText = render(button);
    button->setText(text);
    if (withText.size() != withoutText.size())
        return measure;
    // The colour the style draws the label with in the button's present state.
    measure.text = button->palette().color(QPalette::ButtonText);
    measure.ratio = 1e9;
    for (int y = 0; y < withText.height(); ++y) {
        for (int x = 0; x < withText.width(); ++x) {
            const QRgb ink = withText.pixel(x, y);
            const QRgb behind = withoutText.pixel(x, y);
            if (ink == behind)
                continue;
            ++measure.pixels;
            const double ratio = contrast(measure.text, QColor(behind));
            if (ratio < measure.ratio) {
                measure.ratio = ratio;
                measure.background = QColor(behind);
            }
            measure.inkRatio = std::max(measure.inkRatio, contrast(QColor(ink), QColor(behind)));
        }
    }
    if (measure.pixels == 0)
        measure.ratio = 0;
    return measure;
}

QString describe(const QString &button, const QString &state, const TextMeasure &m)
{
    return QStringLiteral("%1 %2: %3:1 (text %4 on %5; ink %6:1, %7 px)")
        .arg(button, state)
        .arg(m.ratio, 0, 'f', 2)
        .arg(m.text.name(), m.background.name())
        .arg(m.inkRatio, 0, 'f', 2)
        .arg(m.pixels);
}

} // namespace

class TestServiceButtons : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<MemoryTokenStore> m_tokens;
    std::unique_ptr<SignInController> m_controller;
    std::unique_ptr<MainWindow> m_window;

    // The demo services of the dev server (custom OAuth on blue and orange with white text,
    // SAML, CAS without colours) and providers whose brand colour is white or yellow, with
    // and without a label colour of their own.
    void openWindow(bool dark)
    {
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        DevServerOptions options;
        options.ssoDemoServices = true;
        options.loginServiceConfigurations = QJsonArray {
            provider(QStringLiteral("github"), QStringLiteral("#ffffff"),
                     QStringLiteral("#ffffff")),
            provider(QStringLiteral("google"), QStringLiteral("#ffffff"), QString()),
            provider(QStringLiteral("apple"), QStringLiteral("#ffd700"), QStringLiteral("#ffffff")),
            provider(QStringLiteral("wordpress"), QStringLiteral("#ffff00"), QString()),
        };
        m_server = std::make_unique<DevServer>(options);
        QVERIFY(m_server->listen());
        m_tokens = std::make_unique<MemoryTokenStore>();
        m_controller = std::make_unique<SignInController>();
        SignInControllerPrivate::get(*m_controller)->setServerCheckDelayMs(0);
        m_controller->setStores(m_tokens.get(), nullptr);
        m_window = std::make_unique<MainWindow>(m_controller.get());
        m_window->resize(480, 900);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->setServer(m_server->httpUrl().toString(), false);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), SignInController::State::Ready, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(serviceButtons()->count(), 8, 10000);
        // Every button has painted something: a button laid out 0 px high renders as one flat
        // colour. (Under AddressSanitizer with fast_unwind_on_malloc=0 the window sometimes
        // stays fitted to the page as it was before the buttons came, and they stay 0 px high:
        // an open bug, see the closing note of issue 16; this wait then fails.)
        QTRY_VERIFY_WITH_TIMEOUT(everyButtonPaints(), 20000);
        QTest::qWait(50); // the layout settles in posted events
    }

    bool everyButtonPaints() const
    {
        const QList<QPushButton *> all = buttons();
        return !all.isEmpty() && std::all_of(all.begin(), all.end(), [](QPushButton *button) {
            return paintsSomething(render(button));
        });
    }

    ServiceButtons *serviceButtons() const
    {
        return m_window->findChild<SignInPage *>()->serviceButtons();
    }
    QList<QPushButton *> buttons() const
    {
        QList<QPushButton *> found;
        for (QPushButton *button : serviceButtons()->findChildren<QPushButton *>())
            if (button->objectName().startsWith(QLatin1String("service-")))
                found << button;
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The pictures of the window use Fusion; so does this test, for the same pixels
        // wherever it runs.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    void cleanup()
    {
        m_window.reset();
        m_controller.reset();
        m_tokens.reset();
        m_server.reset();
    }

    void palettes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void textIsReadable_data() { palettes_data(); }
    void textIsReadable()
    {
        QFETCH(bool, dark);
        openWindow(dark);
        if (QTest::currentTestFailed())
            return;
        const QList<QPushButton *> all = buttons();
        QCOMPARE(all.size(), 8);
        QStringList failures;
        const auto check = [&](QPushButton *button, const QString &state) {
            const TextMeasure m = measureText(button);
            const QString line = describe(button->objectName(), state, m);
            qInfo("%s", qPrintable(line));
            if (m.pixels == 0 || m.ratio < TextContrast)
                failures << line;
            // The colour measured is the one painted: some text pixel reaches it (or comes
            // close: edges are smoothed).
            else if (m.inkRatio < 0.8 * m.ratio && m.inkRatio < TextContrast)
                failures << line + QStringLiteral(" (the painted text is fainter)");
        };
        for (QPushButton *button : all) {
            QVERIFY(button->isEnabled());
            check(button, QStringLiteral("enabled"));
            button->setDown(true);
            check(button, QStringLiteral("pressed"));
            button->setDown(false);
            button->setEnabled(false);
            check(button, QStringLiteral("disabled"));
            button->setEnabled(true);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("\n"))));
    }

    void focusIsVisible_data() { palettes_data(); }
    void focusIsVisible()
    {
        QFETCH(bool, dark);
        openWindow(dark);
        if (QTest::currentTestFailed())
            return;
        QStringList failures;
        for (QPushButton *button : buttons()) {
            m_window->findChild<SignInPage *>()->setFocus(Qt::OtherFocusReason);
            QTRY_VERIFY(!button->hasFocus());
            const QImage unfocused = render(button);
            button->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(button->hasFocus());
            const QImage focused = render(button);
            QCOMPARE(focused.size(), unfocused.size());
            // Along each edge (its outer quarter), the strongest change of a pixel.
            const int w = focused.width();
            const int h = focused.height();
            const int band = std::max(2, std::min(w, h) / 4);
            double top = 1, bottom = 1, left = 1, right = 1;
            for (int y = 0; y < h; ++y) {
                for (int x = 0; x < w; ++x) {
                    const double ratio
                        = contrast(QColor(focused.pixel(x, y)), QColor(unfocused.pixel(x, y)));
                    if (y < band)
                        top = std::max(top, ratio);
                    if (y >= h - band)
                        bottom = std::max(bottom, ratio);
                    if (x < band)
                        left = std::max(left, ratio);
                    if (x >= w - band)
                        right = std::max(right, ratio);
                }
            }
            const QString line = QStringLiteral("%1 focus: top %2, right %3, bottom %4, left %5")
                                     .arg(button->objectName())
                                     .arg(top, 0, 'f', 2)
                                     .arg(right, 0, 'f', 2)
                                     .arg(bottom, 0, 'f', 2)
                                     .arg(left, 0, 'f', 2);
            qInfo("%s", qPrintable(line));
            if (std::min({ top, bottom, left, right }) < FocusContrast)
                failures << line;
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("\n"))));
    }

    // The provider's colour is an accent: the buttons are painted on the palette's button
    // colour, and Sign in, the default button, stays the strongest control.
    void signInStaysTheDefault_data() { palettes_data(); }
    void signInStaysTheDefault()
    {
        QFETCH(bool, dark);
        openWindow(dark);
        if (QTest::currentTestFailed())
            return;
        QPushButton *signIn = nullptr;
        for (QPushButton *button : m_window->findChildren<QPushButton *>())
            if (button->accessibleName() == QLatin1String("Sign in") && button->isVisible())
                signIn = button;
        QVERIFY(signIn);
        QVERIFY(signIn->isDefault());
        const QColor button = QApplication::palette().color(QPalette::Button);
        for (QPushButton *service : buttons()) {
            QVERIFY2(!service->isDefault(), qPrintable(service->objectName()));
            const TextMeasure m = measureText(service);
            QVERIFY2(
                contrast(m.background, button) < 1.25,
                qPrintable(QStringLiteral("%1 is painted on %2, the palette's button is %3")
                               .arg(service->objectName(), m.background.name(), button.name())));
        }
    }
};

QTEST_MAIN(TestServiceButtons)
#include "tst_servicebuttons.moc"
