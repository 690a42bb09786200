using System.Globalization;
using MathForML.Execution.Workers;

// A worker process: runs lesson cells sent by the generator, one lesson at a time, over
// stdin/stdout; or, with --listen SOCKET, as a cell server that outlives the build (CellServerHost).
if (args is ["--listen", var socket, "--idle-seconds", var idle])
    return await new CellServerHost(new CellServerAddress(socket), TimeSpan.FromSeconds(int.Parse(idle, CultureInfo.InvariantCulture))).RunAsync();
return await WorkerHost.RunAsync(Console.In, Console.OpenStandardOutput());
