using Microsoft.JSInterop;

namespace Dashboard.Web.Components.Ui;

/// <summary>
/// JS calls that fail because the browser went away or the circuit is closing. Components ignore
/// these (there is nothing left to update); letting them escape would end the user's circuit.
/// </summary>
public static class JsTeardown
{
    public static bool Is(Exception e) => e is JSDisconnectedException or OperationCanceledException;

    /// <summary>A script call found the circuit disconnected (possibly reported inside the task's aggregate).</summary>
    public static bool IsBrowserGone(Exception e) => e.GetBaseException() is JSDisconnectedException;
}
