/* One batch per OUTDIR at a time.
 *
 * Two batches on one OUTDIR (a nightly cron job overlapping the last one)
 * would share the temporary directory, the manifest and the outputs: the
 * second would sweep the first one's files in flight and convert the same
 * inputs again.  The first takes an flock(2) on OUTDIR/.minutes-lock and
 * writes its pid there; the second finds the lock taken and stops before
 * touching anything, naming that pid.  flock is released by the kernel
 * when the holder dies, SIGKILL included, so a stale lock file never
 * blocks a rerun.  A --manifest outside OUTDIR is locked the same way,
 * on the manifest's own descriptor. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <sys/file.h>
#include <glib/gstdio.h>
#include "batch.h"

int
mn_batch_lock_outdir (const char *outdir, GError **error)
{
  g_autofree char *path = g_build_filename (outdir, ".minutes-lock", NULL);
  char pid[32];
  int fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0666);

  if (fd < 0)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_WRITE, "%s: cannot create the lock: %s", path,
                   g_strerror (errno));
      return -1;
    }
  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      ssize_t n = errno == EWOULDBLOCK ? pread (fd, pid, sizeof pid - 1, 0) : -1;
      int holder = n > 0 ? (pid[n] = '\0', atoi (pid)) : 0;

      if (errno == EWOULDBLOCK || n >= 0)
        g_set_error (error, MN_ERROR, MN_ERROR_LOCKED,
                     "%s: another batch is running on it (pid %d); wait for it to end", outdir,
                     holder);
      else
        g_set_error (error, MN_ERROR, MN_ERROR_WRITE, "%s: cannot lock: %s", path,
                     g_strerror (errno));
      close (fd);
      return -1;
    }
  g_snprintf (pid, sizeof pid, "%d\n", (int) getpid ());
  if (ftruncate (fd, 0) != 0 || pwrite (fd, pid, strlen (pid), 0) != (ssize_t) strlen (pid))
    {
      /* the lock holds anyway; only the pid in the message is lost */
    }
  return fd;
}

gboolean
mn_batch_lock_manifest (int fd, const char *manifest, GError **error)
{
  if (flock (fd, LOCK_EX | LOCK_NB) == 0)
    return TRUE;
  g_set_error (error, MN_ERROR, errno == EWOULDBLOCK ? MN_ERROR_LOCKED : MN_ERROR_WRITE,
               "%s: the manifest is in use by another batch", manifest);
  return FALSE;
}
