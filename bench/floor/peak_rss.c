/* peak_rss COMMAND [ARG...]: runs the command and prints its peak resident
 * set (KB) on stderr's last line, "peak_rss_kb N"; exits with its status.
 *
 * Why not Python's os.wait4: a child forked (or vforked) from the Python
 * benchmark starts with Python's 15 MB resident, and Linux keeps that
 * high-water mark across exec, so every tool measured below 15 MB read as
 * 15 MB.  Forked from this small program, the floor is its own 1 MB. */
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int
main (int argc, char **argv)
{
  struct rusage usage;
  int status;
  pid_t pid;

  if (argc < 2)
    {
      fprintf (stderr, "usage: peak_rss COMMAND [ARG...]\n");
      return 2;
    }
  pid = fork ();
  if (pid < 0)
    return 127;
  if (pid == 0)
    {
      execvp (argv[1], argv + 1);
      _exit (127);
    }
  if (wait4 (pid, &status, 0, &usage) != pid)
    return 127;
  fprintf (stderr, "peak_rss_kb %ld\n", usage.ru_maxrss);
  return WIFEXITED (status) ? WEXITSTATUS (status) : 128 + WTERMSIG (status);
}
