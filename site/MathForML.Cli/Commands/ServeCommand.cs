using System.CommandLine;
using System.Globalization;
using System.Net;
using MathForML.Cli.Terminal;
using MathForML.Preview;

namespace MathForML.Cli.Commands;

/// <summary><c>serve</c>: builds, serves output/ on loopback, rebuilds on save and reloads open pages.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var port = new Option<int>("--port", "-p")
        {
            Description = "The port to listen on (0 picks a free one)",
            DefaultValueFactory = _ => PreviewOptions.DefaultPort,
        };
        var host = new Option<string>("--host")
        {
            Description = "The address to listen on. Only this machine can connect by default; give 0.0.0.0 to let your network in",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var command = new Command("serve", """
            Preview the site while you edit: build it, serve output/ at http://127.0.0.1:PORT/, watch input/,
            examples/ and the theme, rebuild on every save (cells whose code did not change are not run again)
            and reload the open pages. Build errors show over the page at their file and line, and in this
            terminal; the last good site stays up until they are fixed.
            Exit codes: 0 stopped with Ctrl+C, 2 bad usage (bad address, port in use, unreadable settings).
            """)
        {
            root, port, host,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
            if (ParseAddress(parse.GetValue(host)!) is not { } address)
            {
                Console.Error.WriteLine($"--host: '{parse.GetValue(host)}' is not an IP address (use 127.0.0.1, ::1 or 0.0.0.0)");
                return ExitCodes.UsageOrEnvironment;
            }
            if (!CommonOptions.TryLoadSettings(parse.GetValue(root)!.FullName, null, out var settings)) return ExitCodes.UsageOrEnvironment;
            if (!IPAddress.IsLoopback(address))
                Console.WriteLine($"Listening on {address}: other machines on your network can read this preview.");

            var options = new PreviewOptions
            {
                Address = address,
                Port = parse.GetValue(port),
                InitialLog = new ConsoleBuildLog(),
                RebuildLog = new RebuildLog(),
            };
            PreviewHost preview;
            try
            {
                preview = await PreviewHost.StartAsync(settings, options, new ConsolePreviewReporter(settings.RootDirectory), cancellationToken);
            }
            catch (IOException e)
            {
                // Kestrel reports a taken port this way.
                Console.Error.WriteLine($"Cannot listen on {address}:{parse.GetValue(port)}: {e.Message} (pick another with --port)");
                return ExitCodes.UsageOrEnvironment;
            }
            await using (preview)
                await preview.RunAsync(cancellationToken);
            Console.WriteLine("Stopped.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static IPAddress? ParseAddress(string text) => text switch
    {
        "localhost" => IPAddress.Loopback,
        "*" => IPAddress.Any,
        _ => IPAddress.TryParse(text, out var address) ? address : null,
    };
}
