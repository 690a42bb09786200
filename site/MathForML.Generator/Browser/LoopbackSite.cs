using System.Net;
using System.Net.Sockets;
using MathForML.Generator.Model;

namespace MathForML.Generator.Browser;

/// <summary>
/// Serves site files from memory on a loopback port, for chromium to load pages from while it prints
/// them. Playwright's request routing would serve them too, but it turns chromium's cache off and
/// carries every response through its driver: each printed part then loaded the stylesheets and
/// the fonts again that way (60 s for the course's 26 parts on 2 cores, 42 s from a server).
/// Only this machine can connect; nothing is written to disk.
/// </summary>
internal sealed class LoopbackSite : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly IReadOnlyDictionary<string, SiteFile> _files;
    private readonly Task _serving;

    public string Origin { get; }

    public LoopbackSite(IReadOnlyList<SiteFile> files)
    {
        var byPath = new Dictionary<string, SiteFile>(StringComparer.Ordinal);
        foreach (var file in files) byPath[file.Path] = file;
        _files = byPath;
        Origin = $"http://127.0.0.1:{FreePort()}/";
        _listener.Prefixes.Add(Origin);
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext request;
            try { request = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => Answer(request));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        using var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath.TrimStart('/'));
            if (!_files.TryGetValue(path, out var file))
            {
                response.StatusCode = 404;
                return;
            }
            response.ContentType = ContentTypes.Of(path);
            // Every part loads the same stylesheets and fonts: from chromium's cache after the first.
            response.Headers["Cache-Control"] = "max-age=3600";
            response.ContentLength64 = file.Content.Length;
            response.OutputStream.Write(file.Content);
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The page went away while loading; nothing waits for this answer.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }
}
