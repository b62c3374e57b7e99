#pragma once

// What the tests of kept sessions share: whether the private session of scripts/with-session.sh
// (a real Secret Service in a throw-away HOME) is there, reading back what the keychain holds,
// storing an account as a sign-in would have, and a "launch" (what the app builds at start: a
// token store, an AccountStore on a settings file, a SignInController).

#include "auth/signincontroller.h"
#include "auth/signincontroller_p.h"
#include "storage/accountstore.h"
#include "storage/keychaintokenstore.h"
#include "storage/savedaccount.h"
#include "storage/tokenjob.h"
#include "storage/tokenstore.h"

#ifdef LIFTOFF_HAVE_QTDBUS
#include <QDBusConnection>
#endif
#include <QList>
#include <QObject>
#include <QSettings>
#include <QTest>

#include <chrono>
#include <memory>

namespace SessionFixture {

constexpr int keychainTimeoutMs = 30000;

inline bool hasPrivateSession()
{
#ifdef LIFTOFF_HAVE_QTDBUS
    return qEnvironmentVariableIsSet("LIFTOFF_IN_SESSION")
        && QDBusConnection::sessionBus().isConnected();
#else
    return false;
#endif
}

struct KeychainRead
{
    bool finished = false;
    KeychainError error;
    QString token;
};

// What a fresh KeychainTokenStore finds under key (test code: spinning the event loop is fine).
inline KeychainRead readKeychain(const QString &key)
{
    KeychainTokenStore store;
    KeychainRead read;
    TokenJob *job = store.read(key);
    QObject::connect(job, &TokenJob::finished, job, [&read](TokenJob *done) {
        read.finished = true;
        read.error = done->error();
        read.token = done->token();
    });
    if (!QTest::qWaitFor([&read] { return read.finished; }, keychainTimeoutMs))
        qWarning().noquote() << "the keychain did not answer for" << key;
    return read;
}

inline KeychainError::Kind keychainKind(const QString &key)
{
    const KeychainRead read = readKeychain(key);
    return read.finished ? read.error.kind() : KeychainError::Kind::Timeout;
}

// Writes token under key in the real keychain; false when it did not work.
inline bool writeKeychain(const QString &key, const QString &token)
{
    KeychainTokenStore store;
    bool finished = false;
    bool succeeded = false;
    TokenJob *job = store.write(key, token);
    QObject::connect(job, &TokenJob::finished, job, [&](TokenJob *done) {
        finished = true;
        succeeded = done->succeeded();
    });
    return QTest::qWaitFor([&finished] { return finished; }, keychainTimeoutMs) && succeeded;
}

// An account as a sign-in would have kept it, without the sign-in: its data in the settings file,
// its token in the real keychain. Returns the key, or "" when either did not work.
inline QString storeAccount(const QString &settingsFile, SavedAccount account, const QString &token)
{
    if (!account.tokenExpires.isValid())
        account.tokenExpires = QDateTime::currentDateTimeUtc().addDays(30);
    if (account.displayName.isEmpty())
        account.displayName = account.username;
    account.lastUsed = QDateTime::currentDateTimeUtc();
    QSettings settings(settingsFile, QSettings::IniFormat);
    AccountStore accounts(&settings);
    if (!accounts.save(account) || !accounts.markUsed(account.key()))
        return {};
    settings.sync();
    return writeKeychain(account.key(), token) ? account.key() : QString();
}

// What the app builds at start. Members go in reverse order: the controller first.
struct Launch
{
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<TokenStore> ownTokens;
    std::unique_ptr<AccountStore> accounts;
    std::unique_ptr<SignInController> controller;
    QList<SignInController::State> states; // every state the controller went through
};

// A launch on settingsFile; tokens: a store shared between launches (MemoryTokenStore), else the
// real keychain. No pause before the server check.
inline std::unique_ptr<Launch> launch(const QString &settingsFile, TokenStore *tokens = nullptr)
{
    auto app = std::make_unique<Launch>();
    app->settings = std::make_unique<QSettings>(settingsFile, QSettings::IniFormat);
    if (!tokens) {
        auto keychain = std::make_unique<KeychainTokenStore>();
        keychain->setTimeout(std::chrono::milliseconds(keychainTimeoutMs));
        app->ownTokens = std::move(keychain);
        tokens = app->ownTokens.get();
    }
    app->accounts = std::make_unique<AccountStore>(app->settings.get());
    app->controller = std::make_unique<SignInController>();
    SignInControllerPrivate::get(*app->controller)->setServerCheckDelayMs(0);
    app->controller->setStores(tokens, app->accounts.get());
    Launch *raw = app.get();
    QObject::connect(app->controller.get(), &SignInController::stateChanged, app->controller.get(),
                     [raw](SignInController::State state) { raw->states.append(state); });
    return app;
}

} // namespace SessionFixture

// The keychain tests write to the keychain of whoever runs them: only in the throw-away one.
#define REQUIRE_KEYCHAIN()                                                                         \
    do {                                                                                           \
        if (!SessionFixture::hasPrivateSession())                                                  \
            QSKIP("needs the private session of scripts/with-session.sh (a real Secret "           \
                  "Service)");                                                                     \
    } while (false)

// Stops the test function when a helper failed.
#define CHECKED(call)                                                                              \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)
