using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.FileProviders;

namespace MathForML.Preview;

/// <summary>
/// The preview's own requests: the event stream, the live-reload script, and pages (served with the
/// script added). Everything else falls through to the static files of output/. Files are looked up
/// only through a <see cref="PhysicalFileProvider"/> rooted at the output folder, which refuses
/// paths that climb out of it and hidden files, so nothing outside output/ is ever served.
/// </summary>
public sealed class PreviewRequests(IFileProvider site, string scriptFile, LiveEvents events, CancellationToken stopping)
{
    public const string Prefix = "/__mathforml/";
    public const string EventsPath = Prefix + "events";
    public const string ScriptPath = Prefix + PreviewPaths.LiveReloadScript;

    /// <summary>Long enough to be cheap, short enough that proxies and browsers keep an idle stream open.</summary>
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public async Task HandleAsync(HttpContext http, RequestDelegate next)
    {
        var method = http.Request.Method;
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            http.Response.Headers.Allow = "GET, HEAD";
            return;
        }
        var path = http.Request.Path.Value ?? "/";
        if (path == EventsPath) await EventsAsync(http);
        else if (path == ScriptPath) await ScriptAsync(http);
        else if (path.StartsWith(Prefix, StringComparison.Ordinal)) http.Response.StatusCode = StatusCodes.Status404NotFound;
        else if (path.EndsWith('/') || path.EndsWith(".html", StringComparison.OrdinalIgnoreCase)) await PageAsync(http, path.EndsWith('/') ? path + "index.html" : path);
        else await next(http);
    }

    private async Task PageAsync(HttpContext http, string path)
    {
        var file = site.GetFileInfo(path);
        string html;
        if (file.Exists && !file.IsDirectory)
        {
            await using var stream = file.CreateReadStream();
            using var reader = new StreamReader(stream, Encoding.UTF8);
            html = LiveReloadInjection.Inject(await reader.ReadToEndAsync(http.RequestAborted));
        }
        else
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            html = LiveReloadInjection.NotFoundPage(path);
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        // Pages change with every edit: never let the browser reuse one.
        http.Response.Headers.CacheControl = "no-store";
        var bytes = Encoding.UTF8.GetBytes(html);
        http.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(http.Request.Method)) await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }

    private async Task ScriptAsync(HttpContext http)
    {
        http.Response.ContentType = "text/javascript; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        if (!File.Exists(scriptFile))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var bytes = await File.ReadAllBytesAsync(scriptFile, http.RequestAborted);
        http.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(http.Request.Method)) await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }

    private async Task EventsAsync(HttpContext http)
    {
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        using var subscription = events.Subscribe();
        using var closing = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        var token = closing.Token;
        try
        {
            // Reconnect quickly after the server restarts.
            await http.Response.WriteAsync("retry: 1000\n\n", token);
            await http.Response.Body.FlushAsync(token);
            var waiting = subscription.Messages.WaitToReadAsync(token).AsTask();
            while (true)
            {
                var first = await Task.WhenAny(waiting, Task.Delay(KeepAlive, token));
                if (first != waiting)
                {
                    await http.Response.WriteAsync(": keep-alive\n\n", token);
                    await http.Response.Body.FlushAsync(token);
                    continue;
                }
                if (!await waiting) break;
                while (subscription.Messages.TryRead(out var message)) await http.Response.WriteAsync(message, token);
                await http.Response.Body.FlushAsync(token);
                waiting = subscription.Messages.WaitToReadAsync(token).AsTask();
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away or the server is stopping.
        }
        catch (IOException)
        {
            // The connection dropped mid-write.
        }
    }
}
