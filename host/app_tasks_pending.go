package host

import "context"

// startTasks is where the runtime library's task supervisor starts an
// app's background tasks (abi.EntryTask in their own instances, restarts
// with backoff, stop on Runner.Close). This branch collects the
// registrations (App.Tasks) but has no supervisor: it logs the tasks it
// cannot start. The runtime branch replaces this file.
func (t *Tenant) startTasks(ctx context.Context, tasks []Task) error {
	for _, tk := range tasks {
		t.log.Warn("background task not started: this build has no task supervisor (runtime library, issue 5)",
			"task", tk.Name, "handler", tk.Handler, "registered_at", tk.Pos.String())
	}
	return nil
}
