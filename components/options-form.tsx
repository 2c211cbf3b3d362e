export function OptionsForm() {
  return <p>Konuk</p>;
}
