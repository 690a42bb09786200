using System.Runtime.InteropServices;

namespace MathForML.Generator.Writing;

/// <summary>
/// A second name for a file that is already on disk with the bytes a build would write: the site
/// is staged beside the output and swapped in whole, and most of a rebuild's 45 MB is the previous
/// site's files unchanged. Linking them costs a directory entry each instead of writing them again
/// (and deleting the old copies then frees nothing). POSIX <c>link(2)</c>; elsewhere, or when the
/// file system refuses, the caller writes the file.
/// </summary>
internal static partial class HardLink
{
    /// <summary>Links <paramref name="existing"/> as <paramref name="path"/> when it holds exactly <paramref name="content"/>.</summary>
    public static bool TryLinkSame(string existing, string path, byte[] content)
    {
        if (OperatingSystem.IsWindows()) return false;
        try
        {
            if (!SiteFolder.SameContent(existing, content)) return false;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
        return Link(existing, path) == 0;
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string path);
}
