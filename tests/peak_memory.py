"""The peak memory of a child process, measured inside it.

On Linux a child started by fork and exec keeps its parent's high-water mark in
``getrusage(RUSAGE_SELF).ru_maxrss`` (the kernel carries it over at exec), so
under a pytest process of 400 MB every child "peaked" at 400 MB whatever it did.
``VmHWM`` in /proc/self/status is the child's own; elsewhere ru_maxrss is all
there is.
"""

PRINT_PEAK_KIB = (
    "import resource, sys\n"
    "try:\n"
    "    peak = next(int(line.split()[1]) for line in open('/proc/self/status') if line.startswith('VmHWM:'))\n"
    "except (OSError, StopIteration):\n"
    "    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
    "print(peak, file=sys.stderr)\n"
)
