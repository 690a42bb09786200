using System.Security.Cryptography;

namespace MathForML.Generator.Assets;

/// <summary>Content-hashed file names (<c>site.3fa2c1d0.css</c>) so assets can be cached forever.</summary>
public static class Fingerprint
{
    public static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content))[..10];

    public static string Name(string fileName, byte[] content)
    {
        var extension = Path.GetExtension(fileName);
        return $"{Path.GetFileNameWithoutExtension(fileName)}.{Hash(content)}{extension}";
    }
}
