import Link from 'next/link';

export default function Forbidden() {
  return (
    <div className="prose-width space-y-4">
      <h1 className="text-3xl font-semibold">Not available to your account</h1>
      <p>This page is for teachers. If you teach a class, sign in with your teacher account.</p>
      <Link href="/home" className="link">
        Go to your home
      </Link>
    </div>
  );
}
