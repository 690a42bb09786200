using MathForML.Generator.Execution.Workers;

// A worker process: runs lesson cells sent by the generator, one lesson at a time.
return await WorkerHost.RunAsync(Console.In, Console.OpenStandardOutput());
