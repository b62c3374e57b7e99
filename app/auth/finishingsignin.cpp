#include "auth/finishingsignin.h"

#include "auth/sessionkeeper.h"
#include "core/logging.h"
#include "ddp/ddpcollections.h"
#include "ddp/ddpconnection.h"

#include <utility>

namespace {

const QString kUsers = QStringLiteral("users");

} // namespace

FinishingSignIn::FinishingSignIn(DdpConnection *connection, SessionKeeper *keeper, QObject *parent)
    : QObject(parent), m_connection(connection), m_keeper(keeper)
{
    m_documentTimer.setSingleShot(true);
    connect(&m_documentTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcAuth) << "the users document did not come; going on without it";
        onUserDocument();
    });
    connect(m_keeper, &SessionKeeper::tokenWritten, this, [this](bool ok) {
        if (!m_saving)
            return;
        m_saving = false;
        if (ok)
            m_keeper->saveAccount(m_user.account);
        complete();
    });
}

FinishingSignIn::~FinishingSignIn() = default;

void FinishingSignIn::start(const SignedInUser &user, const QString &identifier,
                            const std::optional<SavedAccount> &resumed, const QString &storedToken)
{
    m_user = user;
    m_identifier = identifier;
    m_resumed = resumed;
    m_storedToken = storedToken;
    m_awaitingDocument = true;
    // The current-user document usually comes before the result (Meteor sends a method's data
    // before `updated`), but `result` may overtake it.
    if (m_connection->collections()->contains(kUsers, user.account.userId)) {
        onUserDocument();
        return;
    }
    m_documentConnection = connect(m_connection->collections(), &DdpCollections::documentAdded,
                                   this, [this](const QString &collection, const QString &id) {
                                       if (collection == kUsers && id == m_user.account.userId)
                                           onUserDocument();
                                   });
    m_documentTimer.start(UserDocumentWaitMs);
}

bool FinishingSignIn::isFinishing() const
{
    return m_awaitingDocument || m_saving;
}

void FinishingSignIn::abandon()
{
    m_awaitingDocument = false;
    disconnect(m_documentConnection);
    m_documentTimer.stop();
    if (m_saving)
        m_keeper->abandonWrite();
    m_saving = false;
    m_user = {};
    m_resumed.reset();
    m_storedToken.clear();
}

void FinishingSignIn::onUserDocument()
{
    if (!m_awaitingDocument)
        return;
    m_awaitingDocument = false;
    disconnect(m_documentConnection);
    m_documentTimer.stop();

    SavedAccount &account = m_user.account;
    const QJsonObject document = m_connection->collections()->document(kUsers, account.userId);
    account.username = document.value(QLatin1String("username")).toString();
    if (account.username.isEmpty() && !m_identifier.contains(QLatin1Char('@')))
        account.username = m_identifier; // the document never came: what was typed is the name
    account.displayName = document.value(QLatin1String("name")).toString();
    if (account.displayName.isEmpty() && m_resumed && m_resumed->userId == account.userId)
        account.displayName = m_resumed->displayName;
    if (account.displayName.isEmpty())
        account.displayName = account.username;
    keep();
}

void FinishingSignIn::keep()
{
    if (!m_keeper->keepsSessions()) {
        complete();
        return;
    }
    const QString key = m_user.account.key();
    if (m_resumed && m_resumed->key() == key && m_user.token == m_storedToken) {
        // The keychain holds this very token: only the account data changes (expiry, last use).
        m_keeper->saveAccount(m_user.account);
        complete();
        return;
    }
    // The token first, then the account data, then signedIn(): an account in the list always
    // has its token in the keychain, and the session is kept before anyone is told it worked.
    m_saving = true;
    m_keeper->writeToken(key, m_user.token, !m_resumed);
}

void FinishingSignIn::complete()
{
    m_resumed.reset();
    m_storedToken.clear();
    Q_EMIT finished(std::exchange(m_user, {}));
}
