// The Windows side of LocalChannel (see localchannel.h). Not compiled on the machines the project
// is built and tested on: kept small, and behind the same interface as the Unix side.
#include "sso/localchannel.h"

#include "core/logging.h"
#include "core/version.h"

#include <qt_windows.h>
#include <sddl.h>

#include <memory>
#include <vector>

namespace {

HANDLE g_firstInstance = INVALID_HANDLE_VALUE;

// The user of a process, as a self-contained SID copied out of its token.
std::vector<BYTE> processUser(DWORD processId)
{
    std::vector<BYTE> sid;
    HANDLE process = ::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, processId);
    if (!process)
        return sid;
    HANDLE token = nullptr;
    if (::OpenProcessToken(process, TOKEN_QUERY, &token)) {
        DWORD size = 0;
        ::GetTokenInformation(token, TokenUser, nullptr, 0, &size);
        std::vector<BYTE> buffer(size);
        if (size && ::GetTokenInformation(token, TokenUser, buffer.data(), size, &size)) {
            const PSID user = reinterpret_cast<TOKEN_USER *>(buffer.data())->User.Sid;
            const DWORD length = ::GetLengthSid(user);
            sid.resize(length);
            ::CopySid(length, sid.data(), user);
        }
        ::CloseHandle(token);
    }
    ::CloseHandle(process);
    return sid;
}

} // namespace

QString LocalChannel::channelName(QString *problem)
{
    // The user's SID and logon session: no other user, and no other session of ours, shares it.
    const std::vector<BYTE> user = processUser(::GetCurrentProcessId());
    LPWSTR text = nullptr;
    DWORD session = 0;
    if (user.empty() || !::ConvertSidToStringSidW(PSID(user.data()), &text)
        || !::ProcessIdToSessionId(::GetCurrentProcessId(), &session)) {
        *problem = tr("Liftoff cannot tell which user it runs as, so it does not receive "
                      "sign-in links.");
        return {};
    }
    const QString sid = QString::fromWCharArray(text);
    ::LocalFree(text);
    problem->clear();
    return QStringLiteral(LIFTOFF_APP_ID ".links-%1-%2").arg(sid).arg(session);
}

bool LocalChannel::nameIsSafe(const QString &, QString *problem)
{
    problem->clear(); // a pipe has no file to look at: the peer check does the work
    return true;
}

bool LocalChannel::peerIsThisUser(qintptr descriptor, bool weAreServer)
{
    const HANDLE pipe = HANDLE(descriptor);
    ULONG peer = 0;
    const BOOL known = weAreServer ? ::GetNamedPipeClientProcessId(pipe, &peer)
                                   : ::GetNamedPipeServerProcessId(pipe, &peer);
    if (!known)
        return false;
    const std::vector<BYTE> ours = processUser(::GetCurrentProcessId());
    const std::vector<BYTE> theirs = processUser(peer);
    return !ours.empty() && !theirs.empty() && ::EqualSid(PSID(ours.data()), PSID(theirs.data()));
}

bool LocalChannel::claimName(const QString &name, QString *problem)
{
    if (g_firstInstance != INVALID_HANDLE_VALUE)
        return true;
    const std::wstring path = (QStringLiteral("\\\\.\\pipe\\") + name).toStdWString();
    g_firstInstance = ::CreateNamedPipeW(
        path.c_str(), PIPE_ACCESS_DUPLEX | FILE_FLAG_FIRST_PIPE_INSTANCE | FILE_FLAG_OVERLAPPED,
        PIPE_TYPE_BYTE | PIPE_READMODE_BYTE | PIPE_WAIT | PIPE_REJECT_REMOTE_CLIENTS,
        PIPE_UNLIMITED_INSTANCES, 4096, 4096, 0, nullptr);
    if (g_firstInstance != INVALID_HANDLE_VALUE) {
        problem->clear();
        return true;
    }
    *problem = tr("Another program already holds the channel for sign-in links, so Liftoff "
                  "does not receive them.");
    qCWarning(lcUi) << "could not claim the link pipe:" << ::GetLastError();
    return false;
}

void LocalChannel::releaseName()
{
    if (g_firstInstance == INVALID_HANDLE_VALUE)
        return;
    ::CloseHandle(g_firstInstance);
    g_firstInstance = INVALID_HANDLE_VALUE;
}
