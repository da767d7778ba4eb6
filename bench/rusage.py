#!/usr/bin/python3
"""rusage.py -o FILE CMD...: run CMD (stdin, stdout and stderr inherited) and
write its CPU times and peak RSS to FILE in the format of GNU time -v, with
microseconds instead of hundredths: run.sh's 1 MB runs take 0.06 CPU
seconds, where time -v's rounding is a sixth of the figure. Exits with
CMD's exit code (128+N for a signal N)."""
import os
import subprocess
import sys


def main():
    if len(sys.argv) < 4 or sys.argv[1] != "-o":
        sys.exit("usage: rusage.py -o FILE CMD...")
    out, cmd = sys.argv[2], sys.argv[3:]
    p = subprocess.Popen(cmd)
    _, status, ru = os.wait4(p.pid, 0)
    with open(out, "w") as f:
        f.write("\tUser time (seconds): %.6f\n" % ru.ru_utime)
        f.write("\tSystem time (seconds): %.6f\n" % ru.ru_stime)
        f.write("\tMaximum resident set size (kbytes): %d\n" % ru.ru_maxrss)
    if os.WIFSIGNALED(status):
        sys.exit(128 + os.WTERMSIG(status))
    sys.exit(os.WEXITSTATUS(status))


if __name__ == "__main__":
    main()
