using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace MathForML.Generator.Assets;

/// <summary>
/// A script of the theme (<c>math-bridge.js</c>, <c>math-font.js</c>) run by Node.js with the
/// site's <c>node_modules</c>, talking UTF-8 over its standard streams. Without Node.js the build
/// says what to install, not a stack trace.
/// </summary>
public static class NodeScript
{
    /// <param name="purpose">What Node.js is needed for, ending the sentence "install Node.js to …".</param>
    /// <param name="node">The program to run: Node.js as the PATH finds it.</param>
    public static Process Start(string script, string nodeModules, string purpose, string node = "node")
    {
        var start = new ProcessStartInfo(node)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(nodeModules);
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        }
        catch (Win32Exception)
        {
            throw new InvalidOperationException($"node was not found: install Node.js (20 or later) to {purpose}");
        }
    }
}
