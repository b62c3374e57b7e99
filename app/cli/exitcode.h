#pragma once

class KeychainError;
class SignInError;

// The exit codes of the command line (README.md, "Exit code"), the same for every command so that
// a script reads them the same way whichever command it ran; and the one place that says which
// code an error ends a command with.
class ExitCode
{
public:
    enum Code {
        Success = 0,
        Failure = 1, // anything else
        UsageError = 2,
        SignInNeeded = 3, // credentials or account refused; no stored session, or it ended
        TwoFactorFailed = 4, // a two-factor code needed (and none could be asked for) or wrong
        ServerUnavailable = 5, // unreachable, time-out, not Rocket.Chat, TLS …
        Throttled = 6, // rate-limited or blocked by the server
        KeychainUnavailable = 7,
    };

    ExitCode() = delete;

    // The code for a sign-in that ended with `error`, by its kind (Success for none).
    static Code of(const SignInError &error);
    // The code for a keychain that could not give or keep a token: SignInNeeded when it works but
    // holds no such token (nothing to wait for: sign in again), KeychainUnavailable otherwise
    // (Success for none).
    static Code of(const KeychainError &error);
    // of(error), but Failure when that is Success: a command that failed never ends with 0.
    static Code ofFailure(const SignInError &error);
};
