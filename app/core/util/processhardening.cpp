// SPDX-License-Identifier: MIT
#include "processhardening.h"

#if defined(Q_OS_LINUX) || defined(__linux__)
#include <sys/prctl.h>
#include <sys/resource.h>

namespace ProcessHardening {

bool apply()
{
    const rlimit none{0, 0};
    const bool noCore = setrlimit(RLIMIT_CORE, &none) == 0;
    const bool notDumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return noCore && notDumpable;
}

bool isApplied()
{
    rlimit limit{};
    return getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0 && limit.rlim_max == 0
            && prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
}

} // namespace ProcessHardening

#else

namespace ProcessHardening {
bool apply()
{
    return true;
}
bool isApplied()
{
    return false;
}
} // namespace ProcessHardening

#endif
