#include "cli/exitcode.h"

#include "rocketchat/signinerror.h"
#include "storage/keychainerror.h"

ExitCode::Code ExitCode::of(const SignInError &error)
{
    using Group = SignInError::Group;
    switch (error.group()) {
    case Group::None:
        return Success;
    case Group::Refused:
        return SignInNeeded;
    case Group::TwoFactor:
        return TwoFactorFailed;
    case Group::ServerUnavailable:
        return ServerUnavailable;
    case Group::Throttled:
        return Throttled;
    case Group::Keychain:
        return KeychainUnavailable;
    case Group::Other:
        break;
    }
    return Failure;
}

ExitCode::Code ExitCode::of(const KeychainError &error)
{
    if (!error.isError())
        return Success;
    return error.kind() == KeychainError::Kind::NotFound ? SignInNeeded : KeychainUnavailable;
}

ExitCode::Code ExitCode::ofFailure(const SignInError &error)
{
    const Code code = of(error);
    return code == Success ? Failure : code;
}
