// Vite's `?raw` imports (the .eml fixtures) are strings.
declare module "*.eml?raw" {
  const text: string;
  export default text;
}
