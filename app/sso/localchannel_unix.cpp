#include "sso/localchannel.h"

#include "core/logging.h"
#include "core/version.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace {

const char kChannelFile[] = LIFTOFF_APP_ID ".links";

QString refusal(const QByteArray &path, const QString &reason)
{
    return LocalChannel::tr("Liftoff does not use %1 to receive sign-in links: %2.")
        .arg(QFile::decodeName(path), reason);
}

// A directory only this user can enter: lstat (a symbolic link is not followed), owned by us, no
// access for the group or others.
bool isPrivateDirectory(const QByteArray &path, QString *problem)
{
    struct stat info;
    if (::lstat(path.constData(), &info) != 0) {
        *problem = refusal(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    QString reason;
    if (S_ISLNK(info.st_mode))
        reason = LocalChannel::tr("it is a symbolic link");
    else if (!S_ISDIR(info.st_mode))
        reason = LocalChannel::tr("it is not a directory");
    else if (info.st_uid != ::geteuid())
        reason = LocalChannel::tr("it belongs to another user");
    else if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        reason = LocalChannel::tr("other users can open it");
    if (reason.isEmpty())
        return true;
    *problem = refusal(path, reason);
    return false;
}

} // namespace

QString LocalChannel::channelName(QString *problem)
{
    const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
    QByteArray directory;
    if (!runtime.isEmpty()) {
        directory = runtime;
    } else {
        // No runtime directory (no logind: ssh, su, containers, BSDs): one of our own.
        QByteArray base = qgetenv("TMPDIR");
        if (!base.startsWith('/'))
            base = "/tmp";
        while (base.size() > 1 && base.endsWith('/'))
            base.chop(1);
        directory = base + "/liftoff-" + QByteArray::number(qulonglong(::geteuid()));
        if (::mkdir(directory.constData(), S_IRWXU) != 0 && errno != EEXIST) {
            *problem = refusal(directory, QString::fromLocal8Bit(std::strerror(errno)));
            return {};
        }
    }
    if (!directory.startsWith('/')) {
        *problem = refusal(directory, tr("it is not an absolute path"));
        return {};
    }
    if (!isPrivateDirectory(directory, problem)) {
        qCWarning(lcUi) << "no safe place for the link channel:" << *problem;
        return {};
    }
    problem->clear();
    return QFile::decodeName(directory + '/' + kChannelFile);
}

bool LocalChannel::nameIsSafe(const QString &name, QString *problem)
{
    const QByteArray path = QFile::encodeName(name);
    struct stat info;
    if (::lstat(path.constData(), &info) != 0)
        return true; // nothing there (yet)
    QString reason;
    if (S_ISLNK(info.st_mode))
        reason = tr("it is a symbolic link");
    else if (!S_ISSOCK(info.st_mode))
        reason = tr("it is not a socket");
    else if (info.st_uid != ::geteuid())
        reason = tr("it belongs to another user");
    if (reason.isEmpty())
        return true;
    *problem = refusal(path, reason);
    qCWarning(lcUi) << "refused the link channel:" << *problem;
    return false;
}

bool LocalChannel::peerIsThisUser(qintptr descriptor, bool weAreServer)
{
    Q_UNUSED(weAreServer) // the kernel tells either side alike
    if (descriptor < 0)
        return false;
#if defined(SO_PEERCRED)
    struct ucred credentials;
    socklen_t length = sizeof credentials;
    if (::getsockopt(int(descriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0)
        return false;
    const uid_t peer = credentials.uid;
#else
    uid_t peer = 0;
    gid_t group = 0;
    if (::getpeereid(int(descriptor), &peer, &group) != 0)
        return false;
#endif
    return peer == ::geteuid();
}

bool LocalChannel::claimName(const QString &, QString *problem)
{
    problem->clear();
    return true;
}

void LocalChannel::releaseName()
{ }
