#include "core/logging.h"

Q_LOGGING_CATEGORY(lcDdp, "liftoff.ddp", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDdpFrames, "liftoff.ddp.frames", QtWarningMsg)
Q_LOGGING_CATEGORY(lcServer, "liftoff.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "liftoff.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "liftoff.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "liftoff.ui", QtInfoMsg)
