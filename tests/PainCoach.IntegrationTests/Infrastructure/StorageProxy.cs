using System.Net;
using System.Net.Sockets;

namespace PainCoach.IntegrationTests.Infrastructure;

/// <summary>
/// A TCP relay on loopback in front of a storage port, which a test can take down (connections are cut and new ones
/// refused, as when storage is unreachable) and bring back on the same port with the data still there.
/// </summary>
public sealed class StorageProxy : IAsyncDisposable
{
    private readonly int target;
    private readonly Lock gate = new();
    private readonly List<TcpClient> open = [];
    private TcpListener? listener;
    private Task? accepting;

    public StorageProxy(int targetPort)
    {
        target = targetPort;
        Port = FreePort.Next();
        Up();
    }

    public int Port { get; }

    /// <summary>Listens again on the same port.</summary>
    public void Up()
    {
        lock (gate)
        {
            if (listener is not null)
            {
                return;
            }

            listener = new TcpListener(IPAddress.Loopback, Port);
            listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            listener.Start();
            var current = listener;
            accepting = Task.Run(() => AcceptAsync(current));
        }
    }

    /// <summary>Stops listening and cuts every open connection: storage is unreachable until <see cref="Up"/>.</summary>
    public async Task DownAsync()
    {
        Task? stopped;
        lock (gate)
        {
            listener?.Stop();
            listener = null;
            foreach (var client in open)
            {
                client.Dispose();
            }

            open.Clear();
            stopped = accepting;
        }

        if (stopped is not null)
        {
            await stopped;
        }
    }

    private async Task AcceptAsync(TcpListener from)
    {
        while (true)
        {
            TcpClient incoming;
            try
            {
                incoming = await from.AcceptTcpClientAsync();
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return; // taken down
            }

            _ = RelayAsync(incoming);
        }
    }

    private async Task RelayAsync(TcpClient incoming)
    {
        var outgoing = new TcpClient();
        lock (gate)
        {
            open.Add(incoming);
            open.Add(outgoing);
        }

        try
        {
            await outgoing.ConnectAsync(IPAddress.Loopback, target);
            var a = incoming.GetStream();
            var b = outgoing.GetStream();
            await Task.WhenAny(a.CopyToAsync(b), b.CopyToAsync(a));
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
        }
        finally
        {
            incoming.Dispose();
            outgoing.Dispose();
            lock (gate)
            {
                open.Remove(incoming);
                open.Remove(outgoing);
            }
        }
    }

    public async ValueTask DisposeAsync() => await DownAsync();
}
