// Starts Blazor (App.razor loads blazor.web.js with autostart="false") with a reconnection pace for a
// meeting: Blazor's default waits 5 s, then 30 s, between attempts, so a server restarted during a
// briefing came back up to half a minute before the room's screen did. Every 3 s for six minutes
// costs a refused connection each time, then the dialog offers "Try again".
Blazor.start({
    circuit: {
        reconnectionOptions: {
            maxRetries: 120,
            retryIntervalMilliseconds: previousAttempts => previousAttempts === 0 ? 0 : 3000,
        },
    },
});
