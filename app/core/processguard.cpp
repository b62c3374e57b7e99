#include "core/processguard.h"

#include <cstring>

#if defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
#endif
#if defined(__linux__)
#include <sys/prctl.h>
#endif

namespace ProcessGuard {

bool disableCoreDumps()
{
    bool ok = true;
#if defined(__linux__)
    ok = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
#if defined(__unix__) || defined(__APPLE__)
    struct rlimit none = { 0, 0 };
    ok = ::setrlimit(RLIMIT_CORE, &none) == 0 && ok;
#endif
    return ok;
}

void wipeArgument(char *argument)
{
    if (!argument)
        return;
    // Through a volatile pointer, so that the compiler cannot drop the writes as unused.
    volatile char *bytes = argument;
    const std::size_t length = std::strlen(argument);
    for (std::size_t i = 0; i < length; ++i)
        bytes[i] = 0;
}

} // namespace ProcessGuard
