using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MathForML.Preview;

/// <summary>
/// The HTTP side of the preview: Kestrel on one address (loopback unless asked), serving the output
/// folder and nothing else, plus the preview's event stream and script.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();
    private readonly PhysicalFileProvider _files;

    private PreviewServer(WebApplication app, PhysicalFileProvider files)
    {
        _app = app;
        _files = files;
    }

    /// <summary>The address pages are served at, with the port actually bound.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Every address the server listens on.</summary>
    public IReadOnlyList<Uri> Addresses { get; private set; } = [];

    public static async Task<PreviewServer> StartAsync(string outputDirectory, string scriptFile, LiveEvents events, IPAddress address, int port, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(outputDirectory);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = Path.GetFullPath(outputDirectory),
            EnvironmentName = Environments.Production,
        });
        // The terminal shows build results; request logs would bury them.
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        // Ctrl+C belongs to the command that hosts the preview; the default console lifetime would swallow it.
        builder.Services.AddSingleton<IHostLifetime, NoSignalsLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Exactly the address asked for: never every interface by default.
            kestrel.Listen(address, port);
        });

        // Sensitive exclusions: dot files (the in-place writer's temp files) and hidden files are never served.
        var files = new PhysicalFileProvider(Path.GetFullPath(outputDirectory), ExclusionFilters.Sensitive);
        var app = builder.Build();
        var server = new PreviewServer(app, files);
        var requests = new PreviewRequests(files, scriptFile, events, server._stopping.Token);
        app.Use(next => http => requests.HandleAsync(http, next));
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ServeUnknownFileTypes = true,
            DefaultContentType = "application/octet-stream",
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = CacheControl(context.File.Name),
        });
        app.Run(http =>
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });

        await app.StartAsync(cancellationToken);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => new Uri(a)).ToList();
        server.Addresses = bound;
        var first = bound[0];
        // Links printed for people: 127.0.0.1 rather than a wildcard address.
        var host = address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) ? "127.0.0.1" : first.Host;
        server.Url = new UriBuilder(first.Scheme, host, first.Port, "/").Uri;
        return server;
    }

    /// <summary>Fingerprinted assets (<c>site.3fa2c1d0e5.css</c>) never change, so reloads skip them; anything else is revalidated.</summary>
    internal static string CacheControl(string fileName) =>
        System.Text.RegularExpressions.Regex.IsMatch(fileName, @"\.[0-9a-f]{10}\.[A-Za-z0-9]+$") ? "public, max-age=31536000, immutable" : "no-cache";

    public async ValueTask DisposeAsync()
    {
        // End the event streams first: they would otherwise hold the shutdown until its timeout.
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _files.Dispose();
        _stopping.Dispose();
    }
}

/// <summary>A host lifetime that leaves process signals alone: the CLI decides when the server stops.</summary>
internal sealed class NoSignalsLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
