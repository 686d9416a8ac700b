// Package reliability holds the end-to-end tests of issue 7: they build the
// crosscheck binary, run it as a child process against loopback feed
// servers, kill it, stop it, lock and corrupt its database, and check that
// no alert is lost or repeated and that every failure is refused clearly.
// It has no code of its own.
package reliability
