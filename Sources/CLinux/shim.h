// Linux interfaces the Glibc module does not bring in: statfs(2) for the file system type,
// prctl(2) for a worker's parent-death signal (variadic, so wrapped), pipe2(2).
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/vfs.h>
#include <unistd.h>

static inline int presswatch_set_parent_death_signal(int signal) {
    return prctl(PR_SET_PDEATHSIG, (unsigned long)signal, 0UL, 0UL, 0UL);
}

static inline int presswatch_pipe_cloexec(int descriptors[2]) {
    return pipe2(descriptors, O_CLOEXEC);
}
