#pragma once

#include <QLoggingCategory>

// Logging categories, switchable with QT_LOGGING_RULES (e.g. "liftoff.ddp.frames.debug=true").
// Secrets never reach them: frames go through Redaction before they are logged.
Q_DECLARE_LOGGING_CATEGORY(lcDdp) // liftoff.ddp: connection life cycle
Q_DECLARE_LOGGING_CATEGORY(lcDdpFrames) // liftoff.ddp.frames: every frame, redacted
Q_DECLARE_LOGGING_CATEGORY(lcServer) // liftoff.server: server address and checks
Q_DECLARE_LOGGING_CATEGORY(lcAuth) // liftoff.auth: sign-in flow
Q_DECLARE_LOGGING_CATEGORY(lcKeychain) // liftoff.keychain: token store
Q_DECLARE_LOGGING_CATEGORY(lcUi) // liftoff.ui
